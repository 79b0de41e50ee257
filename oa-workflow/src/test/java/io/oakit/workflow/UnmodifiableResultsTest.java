package io.oakit.workflow;

import static io.oakit.workflow.Office.doc;
import static io.oakit.workflow.Office.key;
import static org.assertj.core.api.Assertions.assertThat;

import io.oakit.core.document.SecrecyLevel;
import io.oakit.core.document.Urgency;
import io.oakit.core.supervision.Importance;
import io.oakit.core.supervision.ItemSource;
import io.oakit.spi.Page;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No public method of what the library hands out returns a collection the caller can change: the
 * test walks the public no-argument methods of the states, items, pages, decisions and organisation
 * a small office produces — and of what those return, two levels down — and tries to change every
 * list, set and map it meets. Each must refuse.
 */
class UnmodifiableResultsTest {

  private static final Optional<String> SELF = Optional.empty();

  @Test
  void nothingTheLibraryReturnsCanBeChangedByTheCaller() throws Exception {
    Office o = new Office(LocalDateTime.of(2026, 6, 5, 9, 0));
    o.incoming.signFor(new IncomingCommands.SignFor(key(), "wu", SELF, doc("收-1", Urgency.NORMAL,
        SecrecyLevel.UNCLASSIFIED, "12000", "财务")));
    o.incoming.register(new IncomingCommands.Register(key(), "wu", SELF, "收-1"));
    o.incoming.propose(new IncomingCommands.Propose(key(), "li", SELF, "收-1"));
    o.incoming.instruct(new IncomingCommands.Instruct(key(), "zhao", SELF, "收-1", "请阅办", List.of("li", "qian"),
        "finance", Optional.of("督-1")));
    o.supervision.assign(new SupervisionCommands.Assign(key(), "li", SELF, "督-1", "交通局", List.of("财政局"),
        "10 working days", 5));
    o.supervision.open(new SupervisionCommands.Open(key(), "li", SELF, "督-2", ItemSource.MEETING_DECISION, "会议事项",
        Importance.GENERAL));

    List<Object> roots = new ArrayList<>();
    roots.add(o.incoming.find("收-1"));
    roots.add(o.incoming.tray("li"));
    roots.add(o.supervision.find("督-1"));
    roots.add(o.supervision.find("督-1").facts(LocalDateTime.of(2026, 6, 30, 9, 0)));
    roots.add(o.supervision.structure("督-1", "li"));
    roots.add(new DocumentQueries(o.ctx).tray("li", Page.Request.first(10)));
    roots.add(o.ctx.organization());

    List<String> changeable = new ArrayList<>();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    for (Object root : roots) {
      walk(root, root.getClass().getSimpleName(), 0, seen, changeable);
    }
    assertThat(seen).hasSizeGreaterThan(20);
    assertThat(changeable).as("collections a caller could change").isEmpty();
  }

  private static void walk(Object value, String path, int depth, Map<Object, Boolean> seen, List<String> changeable)
      throws Exception {
    if (value == null || seen.put(value, true) != null) {
      return;
    }
    if (value instanceof Optional<?> optional) {
      if (optional.isPresent()) {
        walk(optional.get(), path, depth, seen, changeable);
      }
      return;
    }
    if (value instanceof Collection<?> c) {
      if (changes(c)) {
        changeable.add(path + " (" + value.getClass().getName() + ")");
      }
      for (Object element : List.copyOf(c)) {
        walk(element, path + "[]", depth + 1, seen, changeable);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      if (changes(m)) {
        changeable.add(path + " (" + value.getClass().getName() + ")");
      }
      for (Object v : List.copyOf(m.values())) {
        walk(v, path + "{}", depth + 1, seen, changeable);
      }
      return;
    }
    if (depth > 2 || !value.getClass().getName().startsWith("io.oakit.")) {
      return;
    }
    for (Method m : value.getClass().getMethods()) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class
          && m.getDeclaringClass().getName().startsWith("io.oakit.") && !m.getReturnType().isPrimitive()) {
        m.setAccessible(true);
        Object result;
        try {
          result = m.invoke(value);
        } catch (java.lang.reflect.InvocationTargetException e) {
          continue;  // not a property of this value in its state (e.g. a day rule's working time)
        }
        walk(result, path + "." + m.getName() + "()", depth + 1, seen, changeable);
      }
    }
  }

  /** Whether the collection accepts a change (tried on what is already in it, so nothing new enters). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean changes(Collection c) {
    try {
      if (c.isEmpty()) {
        c.clear();  // an unmodifiable collection refuses even this
        return true;
      }
      Object first = c.iterator().next();
      c.remove(first);
      c.add(first);
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean changes(Map m) {
    try {
      if (m.isEmpty()) {
        m.clear();
        return true;
      }
      Map.Entry first = (Map.Entry) m.entrySet().iterator().next();
      m.remove(first.getKey());
      m.put(first.getKey(), first.getValue());
      return true;
    } catch (UnsupportedOperationException e) {
      return false;
    }
  }
}
