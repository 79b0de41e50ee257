package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.DocumentProfile;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document's fields as commands carry them and its profile as the engines read it are held to the
 * same constraints, field for field, on the values and on their elements: a command is refused by
 * exactly the rules a profile is.
 */
class DocumentFieldsTest {

  @Test
  void theFieldsOfACommandAreConstrainedExactlyAsTheProfile() {
    Map<String, String> fields = constraints(DocumentFields.class);
    Map<String, String> profile = constraints(DocumentProfile.class);
    profile.remove("receivedAt");  // the command's time, not a field the sender gives
    fields.put("id", fields.remove("documentId"));
    assertThat(fields).containsExactlyInAnyOrderEntriesOf(profile);
  }

  /** Per component: its constraint annotations and those of its type arguments, in words. */
  private static Map<String, String> constraints(Class<? extends Record> type) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent c : type.getRecordComponents()) {
      List<String> found = new ArrayList<>();
      Field field;
      try {
        field = type.getDeclaredField(c.getName());  // a component's constraints land on its field
      } catch (NoSuchFieldException e) {
        throw new AssertionError(e);
      }
      describe(field.getAnnotatedType(), field.getAnnotations(), "", found);
      out.put(c.getName(), String.join(" ", found));
    }
    return out;
  }

  private static void describe(AnnotatedType t, Annotation[] on, String where, List<String> found) {
    Arrays.stream(on).distinct().filter(a -> a.annotationType().getPackageName().startsWith("jakarta.validation"))
        .map(a -> where + a.toString().replace("jakarta.validation.constraints.", "")).sorted().forEach(found::add);
    if (t instanceof AnnotatedParameterizedType p) {
      for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
        describe(arg, arg.getAnnotations(), where + "<>", found);
      }
    }
  }
}
