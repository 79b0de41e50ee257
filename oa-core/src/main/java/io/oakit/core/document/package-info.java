/**
 * Official documents (公文): their kinds (文种) and urgency (紧急程度), the attributes the
 * routing and deadline engines read. No method accepts or returns {@code null}.
 */
package io.oakit.core.document;
