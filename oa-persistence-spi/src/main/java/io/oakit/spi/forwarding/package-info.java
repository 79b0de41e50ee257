/**
 * Decorators' starting points: a unit of work, an aggregate store and an audit log that forward
 * every call to another one. Extend them and override only what a decorator changes — metrics,
 * tracing, or the fault injection of a test — as Guava's {@code Forwarding*} classes do for
 * collections.
 */
package io.oakit.spi.forwarding;
