/**
 * The office processes built on oa-core. Filled in by the workflow issue.
 */
package io.oakit.workflow;
