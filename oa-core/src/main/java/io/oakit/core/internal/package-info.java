/** Implementation details of oa-core. Not API: never import from another module. */
package io.oakit.core.internal;
