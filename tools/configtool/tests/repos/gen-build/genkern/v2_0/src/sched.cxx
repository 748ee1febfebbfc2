int sched;
