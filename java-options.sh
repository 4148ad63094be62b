# Sourced by ./newsflow and bench/run and bench/chaos: the JVM options newsflow's JVMs start with.
#
# The parallel collector, unless NEWSFLOW_JAVA_OPTS names a collector. Both stages are CPU-bound and run on
# few cores; the JVM's own choice there, G1, spends more CPU per article (a longer write barrier on every
# reference store, concurrent refinement and marking) to keep pauses short. The price is longer pauses, which
# a stream processor committing every second can take: in bench/run --warmup 10000 on a loaded 2-core machine,
# young collections of 20-400 ms and one full collection of about 1 s in the 2-minute run (the live heap is under
# 100 MB), against G1's pauses of at most 100 ms. NEWSFLOW_JAVA_OPTS=-XX:+UseG1GC brings G1 back where pauses
# matter more.
# Paired bench/run figures: the commit that made it the default.
newsflow_java_opts() {
  case " ${NEWSFLOW_JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) echo "${NEWSFLOW_JAVA_OPTS:-}" ;;
    *) echo "-XX:+UseParallelGC ${NEWSFLOW_JAVA_OPTS:-}" ;;
  esac
}
