package io.oakit.core.routing;

import io.oakit.core.document.DocumentProfile;
import io.oakit.core.org.Organization;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The obviously-correct reference router: evaluates every rule in order, no index. Used by the
 * properties and as the naive baseline in oa-benchmarks.
 */
public final class LinearRouter implements Router {

  private final RuleSet set;

  public LinearRouter(RuleSet set) {
    this.set = set;
  }

  @Override
  public RoutingDecision route(DocumentProfile profile, Organization organization, LocalDateTime at) {
    List<Resolver.Evaluation> evaluated = new ArrayList<>();
    for (RoutingRule rule : set.rules()) {
      Resolver.Evaluation e = new Resolver.Evaluation(rule, Resolver.whyNot(rule, profile).isEmpty());
      evaluated.add(e);
      if (e.matched() && set.mode() == RuleSet.Mode.FIRST_MATCH) {
        break;
      }
    }
    return Resolver.decide(set, evaluated, set.rules().size() - evaluated.size(), profile, organization, at);
  }
}
