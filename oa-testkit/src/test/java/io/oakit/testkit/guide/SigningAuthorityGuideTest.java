package io.oakit.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/** The guide's property holds for the bureau's ladder and fails, shrunk to the first hole, for a holey one. */
class SigningAuthorityGuideTest {

  private static Events run(Class<?> properties) {
    return EngineTestKit.engine("jqwik").selectors(selectClass(properties)).execute().testEvents();
  }

  @Test
  void theBureausLadderHasNoHoles() {
    Events events = run(SigningAuthorityLadders.TheBureausLadder.class);
    assertThat(events.started().count()).isEqualTo(1);
    assertThat(events.failed().count()).isZero();
  }

  @Test
  void aHoleyLadderFailsAndShrinksToTheSmallestAmountThatFallsThrough() {
    Events events = run(SigningAuthorityLadders.AHoleyLadder.class);
    assertThat(events.failed().count()).isEqualTo(1);
    List<Throwable> failures = events.failed().stream()
        .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .toList();
    // the shrunk example is the smallest amount of the hole found first: 1,000 yuan (signed by the
    // leader in charge instead of the office director) or 50,000.01 yuan (by the 局长 alone)
    assertThat(failures.get(0).getMessage()).containsAnyOf("signers of an expense of 1000 yuan",
        "signers of an expense of 50000.01 yuan");
  }

  @Test
  void aGeneratedOrganizationShrinksToTheOnePersonThatBreaksTheProperty() {
    Events events = run(SigningAuthorityLadders.GeneratedOrganizations.class);
    assertThat(events.failed().count()).isEqualTo(1);
    Throwable failure = events.failed().stream().findFirst().orElseThrow()
        .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    // one person, rank 1, not cleared, holding only the role that breaks it, printed readably
    assertThat(failure.getMessage()).contains("1 people:").contains("p1 办公室主任 in d0, rank 1, 非密, roles [办公室主任]");
  }
}
