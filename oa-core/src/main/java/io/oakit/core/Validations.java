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

  /**
   * Validates the arguments of a record's canonical constructor before the record exists: a record
   * whose constructor calls this cannot be built invalid, whoever builds it.
   *
   * @param record the record class
   * @param args the constructor's arguments, in component order
   * @throws InvalidInputException listing every violation as {@code component: message}
   * @throws IllegalArgumentException if the number of arguments is not the number of components
   */
  @SuppressWarnings("unchecked")
  public static void checkConstructor(Class<? extends Record> record, Object... args) {
    java.lang.reflect.RecordComponent[] components = COMPONENTS.get(record);
    if (args.length != components.length) {
      throw new IllegalArgumentException(record.getSimpleName() + " has " + components.length + " components, not "
          + args.length);
    }
    List<String> lines = new java.util.ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      // validated as the record's property is: the component's constraints and its elements'
      for (ConstraintViolation<? extends Record> v : Holder.VALIDATOR.validateValue((Class<Record>) record,
          components[i].getName(), args[i])) {
        lines.add(v.getPropertyPath() + ": " + v.getMessage());
      }
    }
    if (!lines.isEmpty()) {
      throw new InvalidInputException(record.getSimpleName(), lines.stream().sorted().toList());
    }
  }

  private static final ClassValue<java.lang.reflect.RecordComponent[]> COMPONENTS = new ClassValue<>() {
    @Override
    protected java.lang.reflect.RecordComponent[] computeValue(Class<?> type) {
      return type.getRecordComponents();
    }
  };
}
