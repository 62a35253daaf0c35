package org.handshakelab.model.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.handshakelab.model.sim.Scenario;
import org.handshakelab.model.sim.Simulation;

/**
 * The same transfer as {@link BulkTransferBenchmark}, timed by this thread's CPU time instead of
 * wall time: a steadier figure on a machine shared with other work (JMH's wall-clock score drops
 * when other processes take the cores). Not a replacement for JMH; a cross-check.
 *
 * <p>{@code java -cp model/target/benchmarks.jar org.handshakelab.model.bench.CpuTimeRun [runs [record|light|both]]}
 */
public final class CpuTimeRun {
    private CpuTimeRun() {
    }

    private static long allocatedBytes(ThreadMXBean bean) {
        return bean instanceof com.sun.management.ThreadMXBean b ? b.getCurrentThreadAllocatedBytes() : 0;
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Scenario scenario = BulkTransferBenchmark.scenario();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String mode = args.length > 1 ? args[1] : "both";
        boolean[] modes = mode.equals("record") ? new boolean[] {true}
                : mode.equals("light") ? new boolean[] {false} : new boolean[] {true, false};
        for (boolean record : modes) {
            for (int warm = 0; warm < 10; warm++) {
                new Simulation(scenario, record).runToEnd();
            }
            long segments = 0;
            long allocated = allocatedBytes(bean);
            long cpu = bean.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                Simulation sim = new Simulation(scenario, record);
                sim.runToEnd();
                segments += sim.segmentsSent();
            }
            cpu = bean.getCurrentThreadCpuTime() - cpu;
            wall = System.nanoTime() - wall;
            allocated = allocatedBytes(bean) - allocated;
            System.out.printf("recordTrace=%s: %d segments/run, %.0f segments per CPU-second, %.0f per wall-second,"
                    + " %d bytes allocated per segment%n", record, segments / runs, segments * 1e9 / cpu,
                    segments * 1e9 / wall, allocated / segments);
        }
    }
}
