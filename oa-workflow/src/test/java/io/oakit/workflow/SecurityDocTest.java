package io.oakit.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default matrix of {@code docs/security.md} is the default policy, entry for entry. */
class SecurityDocTest {

  @Test
  void theDocumentedMatrixIsTheDefaultPolicy() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "security.md"));
    AuthorityPolicy p = AuthorityPolicy.defaults();
    for (String action : AuthorityPolicy.ACTIONS) {
      String row = "| `" + action + "` | " + String.join(", ", p.who(action).stream().map(Object::toString).toList())
          + " | " + (p.isSeparated(action) ? "not the requester" : "") + " |";
      assertThat(doc).as(action).contains(row);
    }
  }
}
