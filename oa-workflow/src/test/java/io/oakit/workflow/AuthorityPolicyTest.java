package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.oakit.core.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The authority policy covers every command, and is data: JSON that round-trips and is read strictly. */
class AuthorityPolicyTest {

  @Test
  void everyCommandOfEveryServiceHasAnActionInThePolicy() {
    List<String> actions = new ArrayList<>();
    for (Class<?> commands : List.of(IncomingCommands.class, OutgoingCommands.class, SupervisionCommands.class,
        DutyCommands.class, CalendarCommands.class, ConfigurationCommands.class, CaseCommands.class)) {
      for (Class<?> c : commands.getDeclaredClasses()) {
        if (Command.class.isAssignableFrom(c)) {
          String prefix = commands.getSimpleName().replace("Commands", "").toLowerCase(java.util.Locale.ROOT) + ".";
          actions.add(prefix + c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    assertThat(actions).hasSize(AuthorityPolicy.ACTIONS.size());
    assertThat(AuthorityPolicy.ACTIONS).containsExactlyInAnyOrderElementsOf(actions);
  }

  @Test
  void thePolicyIsAJsonDocumentThatReadsBackEqual() {
    AuthorityPolicy changed = AuthorityPolicy.defaults()
        .with("supervision.assign", AuthorityPolicy.Who.of(AuthorityPolicy.Kind.LEADER))
        .with("incoming.register", AuthorityPolicy.Who.role("文书"), AuthorityPolicy.Who.rankAtMost(9))
        .separated("duty.approve", false);
    String json = changed.toJson();
    assertThat(json).contains("\"supervision.assign\"", "\"LEADER\"", "\"文书\"");
    assertThat(AuthorityPolicy.fromJson(json)).isEqualTo(changed).isNotEqualTo(AuthorityPolicy.defaults());
    assertThat(AuthorityPolicy.fromJson(AuthorityPolicy.defaults().toJson())).isEqualTo(AuthorityPolicy.defaults());
  }

  @Test
  void aDocumentListingOnlyWhatDiffersKeepsTheDefaultsForTheRest() {
    AuthorityPolicy p = AuthorityPolicy.fromJson("{\"format\": \"oakit.authority-policy\", \"formatVersion\": 1,"
        + " \"actions\": {\"supervision.assign\": [{\"kind\": \"LEADER\"}]}}");
    assertThat(p.who("supervision.assign")).containsExactly(AuthorityPolicy.Who.of(AuthorityPolicy.Kind.LEADER));
    assertThat(p.who("incoming.instruct")).isEqualTo(AuthorityPolicy.defaults().who("incoming.instruct"));
    assertThat(p.isSeparated("duty.approve")).isTrue();
  }

  @Test
  void aBadDocumentIsRefusedWithEveryProblemNamedByItsPointer() {
    String bad = "{\"format\": \"oakit.authority-policy\", \"formatVersion\": 1, \"colour\": 1,"
        + " \"actions\": {\"incoming.instrukt\": [{\"kind\": \"LEADER\"}],"
        + " \"duty.approve\": [{\"kind\": \"BOSS\"}, {\"kind\": \"ROLE\"}, {\"kind\": \"LEADER\", \"value\": 3}],"
        + " \"duty/log\": []},"
        + " \"separated\": [\"nobody.knows\"]}";
    assertThatThrownBy(() -> AuthorityPolicy.fromJson(bad)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.violations()).containsExactlyInAnyOrder(
            "/colour: unknown field",
            "/actions/incoming.instrukt: unknown action",
            "/actions/duty.approve/0/kind: unknown kind \"BOSS\"",
            "/actions/duty.approve/1: ROLE needs a value",
            "/actions/duty.approve/2/value: expected text but was 3",
            "/actions/duty~1log: unknown action",
            "/separated/0: unknown action \"nobody.knows\""));
  }
}
