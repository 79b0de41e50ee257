package io.oakit.spi;

import java.util.Optional;

/**
 * What every store must hold, stated once. The workflow refuses any command whose values fall
 * outside these limits before it writes anything, so a command accepted on one store is accepted on
 * every store; a store must hold everything within them (checked by the contract test kit).
 *
 * <ul>
 *   <li><b>Text</b>: any sequence of Unicode scalar values (every code point, including characters
 *       outside the Basic Multilingual Plane, C0 and C1 control characters and every line separator)
 *       <em>except U+0000</em>, which PostgreSQL cannot store; lone surrogates are not text (they have
 *       no UTF-8 form) and are refused too. Stores keep text exactly: no trimming, no
 *       normalisation, no rewriting of line ends.
 *   <li><b>Ids</b> (aggregate ids, person and unit ids, unit codes, the people of an index) of up to
 *       {@value #MAX_ID_LENGTH} UTF-16 code units, compared exactly and case-sensitively.
 *   <li><b>Idempotency keys</b> of up to {@value #MAX_KEY_LENGTH} UTF-16 code units, compared exactly.
 *   <li><b>Payloads</b>: a JSON object (RFC 8259) of up to {@value #MAX_PAYLOAD_LENGTH} UTF-16 code
 *       units; a store returns a JSON value equal to it (member order and white space may differ, the
 *       text of every string is kept exactly).
 * </ul>
 */
public final class StorageLimits {

  /** The longest id a store must hold. */
  public static final int MAX_ID_LENGTH = 255;
  /** The longest idempotency key a store must hold. */
  public static final int MAX_KEY_LENGTH = 500;
  /** The longest payload a store must hold, in UTF-16 code units of its JSON text. */
  public static final int MAX_PAYLOAD_LENGTH = 16 * 1024 * 1024;

  private StorageLimits() {}

  /**
   * Why a text cannot be stored, if it cannot.
   *
   * @param text the text
   * @param maxLength the longest allowed, in UTF-16 code units
   * @return the problem, e.g. {@code "contains U+0000 at 12"}, or empty if it can be stored
   */
  public static Optional<String> problem(String text, int maxLength) {
    if (text.length() > maxLength) {
      return Optional.of("is " + text.length() + " characters long; at most " + maxLength + " can be stored");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        return Optional.of("contains U+0000 at index " + i + ", which cannot be stored");
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return Optional.of("contains a lone surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at index " + i
            + ", which is not text");
      }
      if (Character.isLowSurrogate(c)) {
        return Optional.of("contains a lone surrogate U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + " at index " + i
            + ", which is not text");
      }
    }
    return Optional.empty();
  }
}
