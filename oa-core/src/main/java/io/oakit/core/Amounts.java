package io.oakit.core;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * Amounts of money in yuan as the library takes them: text or numbers with at most
 * {@value #MAX_INTEGER_DIGITS} digits before the decimal point and {@value #MAX_DECIMALS} after it.
 * Everything else is refused at once with a message naming the field — before any arithmetic, so
 * {@code "1E999999999"} (a thousand million digits when written out) costs nothing.
 */
public final class Amounts {

  /** The most digits before the decimal point: below a thousand trillion yuan. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** The most digits after the decimal point, trailing zeros aside. */
  public static final int MAX_DECIMALS = 6;

  /** The longest text read as an amount. */
  public static final int MAX_TEXT_LENGTH = 40;

  private Amounts() {}

  /**
   * @param field the field the text is for, named in a refusal
   * @param text the amount, e.g. {@code "12000.00"} or {@code "2E4"}
   * @return the amount
   * @throws IllegalArgumentException naming the field if the text is missing, empty, not a number, or
   *     out of range
   */
  public static BigDecimal parse(String field, CharSequence text) {
    requireNonNull(field, "field");
    if (text == null) {
      throw new IllegalArgumentException(field + " must be an amount in yuan, e.g. \"12000.00\", but is missing");
    }
    String t = text.toString().strip();
    if (t.isEmpty()) {
      throw new IllegalArgumentException(field + " must be an amount in yuan, e.g. \"12000.00\", but is empty");
    }
    if (t.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(field + " is not an amount in yuan: longer than " + MAX_TEXT_LENGTH
          + " characters");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(t);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(field + " is not an amount in yuan: \"" + t + "\"", e);
    }
    return check(field, value);
  }

  /**
   * @param field the field the amount is for, named in a refusal
   * @param amount the amount
   * @return the amount, unchanged
   * @throws IllegalArgumentException naming the field if it has more than {@value #MAX_INTEGER_DIGITS}
   *     digits before the decimal point or more than {@value #MAX_DECIMALS} after it
   */
  public static BigDecimal check(String field, BigDecimal amount) {
    requireNonNull(field, "field");
    requireNonNull(amount, field);
    // precision and scale are read, never the digits: cheap for any exponent
    long integerDigits = (long) amount.precision() - amount.scale();
    if (amount.signum() != 0 && integerDigits > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(field + " is out of range: " + amount + " has more than " + MAX_INTEGER_DIGITS
          + " digits before the decimal point");
    }
    if (amount.scale() > MAX_DECIMALS && amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(field + " is out of range: " + amount + " has more than " + MAX_DECIMALS
          + " digits after the decimal point");
    }
    return amount;
  }
}
