package io.oakit.workflow;

import com.google.common.collect.ImmutableList;
import io.oakit.core.OaException;
import io.oakit.core.roster.Violation;
import java.util.List;

/** A swap or override would break hard rules; nothing was written. */
public final class RosterChangeRefusedException extends OaException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Violation> violations;

  /**
   * @param requestId the request
   * @param violations the hard violations it would add
   */
  public RosterChangeRefusedException(String requestId, List<Violation> violations) {
    super("request " + requestId + " refused: " + violations);
    this.violations = ImmutableList.copyOf(violations);
  }

  /** @return the hard violations the change would add */
  public ImmutableList<Violation> violations() {
    return violations;
  }
}
