# Sourced by ./newsflow and bench/run: sets newsflow_jvm_options, the JVM options every newsflow
# app JVM gets before NEWSFLOW_JAVA_OPTS (so that a user's own setting of the same option wins).
#
# Under 4 cores the JVM starts only one C2 (optimising) compiler thread. The processor gives C2 about 2,200
# methods, and with one stream thread per core (three on two cores) that one thread gets a small share of the
# CPU: on 2 cores its queue grew to 180 methods, and after 10,000 articles it was still compiling all the time
# while extraction ran as slower profiled code (bench/run --warmup 10000, see README "Benchmark").
# CICompilerCount=3 is what the JVM picks by itself on 4 cores: one C1 thread and up to two C2 threads. The
# second C2 thread starts only while the queue is long and stops when it is idle. It does not make the JIT's
# work smaller (a little larger: more methods pass the thresholds); it finishes it sooner. Figures: README
# "Benchmark"; NEWSFLOW_JAVA_OPTS=-XX:CICompilerCount=2 gives the JVM's own choice back.
newsflow_jvm_options=""
if [ "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 4)" -lt 4 ]; then
  newsflow_jvm_options="-XX:CICompilerCount=3"
fi
