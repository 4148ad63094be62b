package io.newsflow.cli;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Fails fast with one clear line when the cluster cannot be reached, instead of clients retrying for minutes. */
final class Connectivity {

    private Connectivity() {
    }

    static Admin admin(Map<String, Object> settings) {
        Map<String, Object> props = new HashMap<>(settings);
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-admin");
        return Admin.create(props);
    }

    static void check(Map<String, Object> settings, Duration timeout) {
        try (Admin admin = admin(settings)) {
            admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new UserError("cannot reach Kafka at " + settings.get("bootstrap.servers") + " within "
                    + timeout.toSeconds() + " s; check --bootstrap-server and --command-config");
        } catch (ExecutionException e) {
            throw new UserError("cannot talk to Kafka at " + settings.get("bootstrap.servers") + ": "
                    + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted");
        }
    }
}
