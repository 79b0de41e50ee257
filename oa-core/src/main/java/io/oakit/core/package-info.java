/**
 * Shared foundations of OA Kit: the root exception {@link io.oakit.core.OaException} and
 * exceptions used by several engines.
 *
 * <p>Null policy for every package of the library: no method accepts or returns
 * {@code null} unless its Javadoc says so; optional results are {@link java.util.Optional}.
 */
package io.oakit.core;
