package io.oakit.examples.jdbc;

/**
 * The databases the JDBC store runs on; they differ in the large-text and JSON column types and in
 * how a JSON parameter is written.
 */
public enum Dialect {
  /** Embedded H2 (the default): payloads in a {@code JSON} column. */
  H2("CLOB", "JSON", "? FORMAT JSON"),
  /** PostgreSQL: payloads in a {@code jsonb} column, so {@code payload->>'subject'} works. */
  POSTGRESQL("TEXT", "JSONB", "CAST(? AS JSONB)");

  private final String textType;
  private final String jsonType;
  private final String jsonParameter;

  Dialect(String textType, String jsonType, String jsonParameter) {
    this.textType = textType;
    this.jsonType = jsonType;
    this.jsonParameter = jsonParameter;
  }

  String textType() {
    return textType;
  }

  String jsonType() {
    return jsonType;
  }

  /** @return the SQL for a parameter holding JSON text */
  String jsonParameter() {
    return jsonParameter;
  }
}
