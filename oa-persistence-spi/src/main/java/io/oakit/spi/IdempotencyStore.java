package io.oakit.spi;

import io.oakit.core.OaException;
import java.util.Optional;

/**
 * Remembers the commands already processed, by idempotency key, with their result, so that a
 * retried command has no second effect. Obtained from a {@link UnitOfWork}; a command looks its key up
 * and records it in the same unit of work as its writes.
 *
 * <ul>
 *   <li><b>R3.1</b> {@code find} returns the result recorded for a key by a committed unit of work.
 *   <li><b>R3.2</b> {@code record} of a key already recorded throws {@link DuplicateKeyException}
 *       (so of two concurrent runs of one command, one rolls back).
 *   <li><b>R3.3</b> a key recorded in a unit of work that rolls back is not kept.
 * </ul>
 */
public interface IdempotencyStore {

  /**
   * @param key the idempotency key
   * @return the recorded result, if the command was processed
   */
  Optional<String> find(String key);

  /**
   * Records a processed command.
   *
   * @param key the idempotency key
   * @param result the command's result, encoded
   * @throws DuplicateKeyException if the key is already recorded
   */
  void record(String key, String result);

  /** An idempotency key was recorded twice. */
  final class DuplicateKeyException extends OaException {
    private static final long serialVersionUID = 1L;

    /** @param key the key */
    public DuplicateKeyException(String key) {
      super("idempotency key " + key + " is already recorded");
    }
  }
}
