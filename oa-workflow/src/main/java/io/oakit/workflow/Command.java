package io.oakit.workflow;

import java.util.Optional;

/**
 * What every workflow command carries: an idempotency key (a retried command with the same key has
 * no second effect and returns the first result), who issues it, and whom they act for when they
 * act as a deputy (代理).
 */
public interface Command {

  /** @return the idempotency key, unique per intended effect */
  String idempotencyKey();

  /** @return who issues the command */
  String actor();

  /** @return the person the actor deputises for, if any */
  Optional<String> onBehalfOf();
}
