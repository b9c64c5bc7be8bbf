package id.go.banggaikab.rekap.launch;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * A main class that starts as RekapApplication starts ({@link Relaunch#ifNeeded} first), then says where it runs and
 * with what, and exits with the code its last argument names (or sleeps first when an argument is "tidur").
 */
public final class RelaunchProbe {

    private RelaunchProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        OptionalInt child = Relaunch.ifNeeded(RelaunchProbe.class, args);
        if (child.isPresent()) {
            System.exit(child.getAsInt());
        }
        ProcessHandle self = ProcessHandle.current();
        System.out.println("JALAN pid=" + self.pid() + " induk=" + self.parent().map(ProcessHandle::pid).orElse(-1L)
                + " heap=" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " gc="
                + ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                        .collect(Collectors.joining(",")) + " argumen=" + String.join("|", args));
        System.out.flush();
        if (java.util.List.of(args).contains("tidur")) {
            Thread.sleep(120_000);
        }
        System.exit(Integer.parseInt(args[args.length - 1]));
    }
}
