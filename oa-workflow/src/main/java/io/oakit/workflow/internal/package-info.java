/** Implementation details of oa-workflow. Not API: never import from another module. */
package io.oakit.workflow.internal;
