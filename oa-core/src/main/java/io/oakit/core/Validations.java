package io.oakit.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Validates values and commands with Jakarta Validation (Hibernate Validator), turning violations
 * into an {@link InvalidInputException} that names every field at fault. One shared, thread-safe
 * validator.
 * Messages are interpolated with Hibernate Validator's parameter interpolator, so no Expression
 * Language implementation is needed at run time: constraints used by the library must have
 * messages without EL expressions (e.g. {@code @PositiveOrZero}, not {@code @DecimalMin}).
 */
public final class Validations {

  private static final class Holder {
    static final Validator VALIDATOR = jakarta.validation.Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  private Validations() {}

  /**
   * Validates a value and throws if anything is wrong.
   *
   * @param value the value
   * @param <T> its type
   * @return the value, valid
   * @throws InvalidInputException listing every violation as {@code field: message}
   */
  public static <T> T check(T value) {
    Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(value);
    if (!violations.isEmpty()) {
      List<String> lines = violations.stream()
          .map(v -> v.getPropertyPath() + ": " + v.getMessage())
          .sorted()
          .toList();
      throw new InvalidInputException(value.getClass().getSimpleName(), lines);
    }
    return value;
  }
}
