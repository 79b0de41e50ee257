package io.oakit.examples.jdbc;

/** The databases the JDBC store runs on; they differ only in the large-text column type. */
public enum Dialect {
  /** Embedded H2 (the default). */
  H2("CLOB"),
  /** PostgreSQL. */
  POSTGRESQL("TEXT");

  private final String textType;

  Dialect(String textType) {
    this.textType = textType;
  }

  String textType() {
    return textType;
  }
}
