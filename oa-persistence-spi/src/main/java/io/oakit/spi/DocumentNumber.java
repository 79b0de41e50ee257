package io.oakit.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A document number (发文字号): the issuing unit's code, the year and a sequence, e.g. {@code
 * X办发〔2026〕12号}.
 *
 * @param unitCode the unit's code, e.g. {@code X办发}
 * @param year the year
 * @param sequence 1, 2, … within the unit and year
 */
public record DocumentNumber(String unitCode, int year, long sequence) {
  /**
   * Checks the arguments.
   *
   * @param unitCode the unit's code, e.g. {@code X办发}
   * @param year the year
   * @param sequence 1, 2, … within the unit and year
   */
  public DocumentNumber {
    requireNonNull(unitCode, "unitCode");
    checkArgument(!unitCode.isBlank(), "unitCode must not be blank");
    checkArgument(sequence >= 1, "sequence must be >= 1 but was %s", sequence);
  }

  /** The number as written on the document, e.g. {@code X办发〔2026〕12号}. */
  @Override
  public String toString() {
    return unitCode + "〔" + year + "〕" + sequence + "号";
  }
}
