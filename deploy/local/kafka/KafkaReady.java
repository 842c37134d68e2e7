// Readiness probe for deploy/local/kafka.sh, run with the broker classpath as a single-file
// program: java -cp <broker-cp> KafkaReady.java <bootstrap> <timeout-seconds> [broker-pid]
// Succeeds (exit 0, prints the cluster id) once the broker answers DescribeCluster with at least
// one unfenced broker and answers ListTopics. Exit 1 on timeout, 2 if the broker process exited.
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.clients.admin.ListTopicsOptions;

public class KafkaReady {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        Long pid = args.length > 2 ? Long.valueOf(args[2]) : null;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500);
        String last = "no answer";
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (pid != null && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    System.err.println("broker process " + pid + " exited");
                    System.exit(2);
                }
                try {
                    DescribeClusterResult cluster = admin.describeCluster();
                    String clusterId = cluster.clusterId().get(3, TimeUnit.SECONDS);
                    int brokers = cluster.nodes().get(3, TimeUnit.SECONDS).size();
                    admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get(3, TimeUnit.SECONDS);
                    if (brokers > 0) {
                        System.out.println(clusterId);
                        return;
                    }
                    last = "no unfenced broker yet";
                } catch (Exception e) {
                    last = String.valueOf(e.getCause() != null ? e.getCause() : e);
                }
                if (System.nanoTime() > deadline) {
                    System.err.println("broker at " + bootstrap + " not ready: " + last);
                    System.exit(1);
                }
                Thread.sleep(500);
            }
        }
    }
}
