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
#
# A smaller C2 inlining budget for methods already compiled (InlineSmallCode, 2500 bytes of machine code on
# x86-64 by default). Extraction is hundreds of small rule methods calling one another; with the default, C2
# inlines them into a few huge compilations, and compiles those again whenever one inlined part deoptimises.
# bench/extract --cold 10000 --generated 10000 (a fresh JVM, 10,000 different articles, quiet machine, two runs
# each way): C2 threads 4.2 and 4.4 s of CPU instead of 9.7 and 14.0, extraction 0.86 and 0.92 ms per article
# instead of 1.24 and 1.74 (compiled sooner). Warm extraction costs the same (0.635-0.649 ms against 0.640-0.660
# per article, 2,000 generated articles round robin). A later NEWSFLOW_JAVA_OPTS value wins, as with any
# repeated JVM flag.
#
# Transparent huge pages for the Java heap, where Linux offers them to programs that ask (the kernel's THP mode
# "madvise", most distributions' default, or "always"). Extraction looks words up in tables spread over tens of
# megabytes (the gazetteer's hash map alone); with 4 KB pages a look-up there can miss the TLB as well as the
# cache. Warm extraction of 2,000 generated articles, same jar, alternating JVMs, loaded 2-core machine: median
# 0.52 ms per article with huge pages against 0.59 without (14 runs each). Elsewhere the flag would only print a
# warning, so it is left out there.
newsflow_java_opts() {
  local jit="-XX:InlineSmallCode=1000" pages="" thp_mode=/sys/kernel/mm/transparent_hugepage/enabled
  if [ -r "$thp_mode" ] && grep -qE '\[(madvise|always)\]' "$thp_mode"; then
    pages=" -XX:+UseTransparentHugePages"
  fi
  case " ${NEWSFLOW_JAVA_OPTS:-} " in
    *" -XX:+Use"*"GC "*) echo "$jit$pages ${NEWSFLOW_JAVA_OPTS:-}" ;;
    *) echo "-XX:+UseParallelGC $jit$pages ${NEWSFLOW_JAVA_OPTS:-}" ;;
  esac
}
