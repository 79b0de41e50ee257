package io.oakit.workflow;

import java.time.LocalDateTime;

/** A state change recorded by a workflow service; stored with its aggregate and sent to listeners. */
public interface WorkflowEvent {

  /** @return when it happened (the service clock, in the calendar's zone) */
  LocalDateTime at();

  /** @return who did it */
  String by();
}
