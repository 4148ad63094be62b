# Sourced by ./newsflow and bench/run and bench/chaos: the JVM options newsflow's JVMs start with.
#
# The parallel collector, unless NEWSFLOW_JAVA_OPTS names a collector. Both stages are CPU-bound and run on
# few cores; the JVM's own choice there, G1, spends more CPU per article (a longer write barrier on every
# reference store, concurrent refinement and marking) to keep pauses short, which a stream processor committing
# every second does not need: its young collections take milliseconds, and what the processor keeps on the heap
# (about 165 bytes per article of the near-duplicate window) makes full collections rare and short.
# Paired bench/run figures: the commit that made it the default.
newsflow_java_opts() {
  case " ${NEWSFLOW_JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) echo "${NEWSFLOW_JAVA_OPTS:-}" ;;
    *) echo "-XX:+UseParallelGC ${NEWSFLOW_JAVA_OPTS:-}" ;;
  esac
}
