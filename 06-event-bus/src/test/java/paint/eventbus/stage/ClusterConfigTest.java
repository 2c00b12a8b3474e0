package paint.eventbus.stage;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cluster's settings keep it on the addresses it is given: 127.0.0.1 by default. */
class ClusterConfigTest {

  @Test
  void hazelcastBindsTheClusterHostOnlyFindsMembersByTcpIpAndNeverPhonesHome() {
    Config config = Cluster.hazelcast("paint", "127.0.0.1", List.of("127.0.0.1"));

    assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
    assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
    assertThat(config.getProperty("hazelcast.socket.bind.any")).as("else it binds 0.0.0.0").isEqualTo("false");
    JoinConfig join = config.getNetworkConfig().getJoin();
    assertThat(join.getMulticastConfig().isEnabled()).isFalse();
    assertThat(join.getAutoDetectionConfig().isEnabled()).isFalse();
    assertThat(join.getAwsConfig().isEnabled() || join.getGcpConfig().isEnabled() || join.getAzureConfig().isEnabled()
        || join.getKubernetesConfig().isEnabled() || join.getEurekaConfig().isEnabled()).isFalse();
    assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
    assertThat(join.getTcpIpConfig().getMembers()).containsExactly("127.0.0.1");
    assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
    assertThat(config.getMultiMapConfig("__vertx.subs").getValueCollectionType().name())
        .as("Vert.x's own settings, from its default file").isEqualTo("SET");
  }

  @Test
  void theEventBusListensOnTheClusterHostOnly() {
    assertThat(Cluster.vertxOptions("10.1.2.3").getEventBusOptions().getHost()).isEqualTo("10.1.2.3");
    assertThat(Cluster.vertxOptions("127.0.0.1").getEventBusOptions().getPort()).as("a free port").isZero();
  }
}
