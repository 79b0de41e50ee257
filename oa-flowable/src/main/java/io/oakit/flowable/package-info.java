/**
 * The Flowable adapter: {@link io.oakit.flowable.WorkingDayBusinessCalendar} makes BPMN timers and
 * task due dates count China's working days and 调休; {@link io.oakit.flowable.DeadlineClockListener}
 * starts the library's deadline clock from a user task.
 */
package io.oakit.flowable;
