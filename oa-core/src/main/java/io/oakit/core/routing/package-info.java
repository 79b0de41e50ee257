/**
 * Routing rules (as data), approval ladders, the indexed router with explained decisions that never
 * reach a person without clearance, circulation planning (传阅) and tray ordering.
 *
 * <p>Values are immutable and thread-safe. No method accepts or returns {@code null}.
 */
package io.oakit.core.routing;
