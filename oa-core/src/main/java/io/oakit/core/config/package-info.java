/**
 * Configuration as data: the office's rules as versioned JSON documents with published JSON Schemas
 * (in the jar under {@code io/oakit/core/config/schemas/} and in {@code docs/schemas/}), read strictly —
 * every unknown field, wrong type, bad value and dangling reference of a document named by its JSON
 * Pointer, all of them at once, nothing applied from a refused document — and written stably (sorted
 * keys, lists in a defined order) so that hosts can diff them. See {@link Configuration}.
 */
package io.oakit.core.config;
