package org.factline.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Every service runs as a Deployment that Kubernetes can keep healthy, and gets every setting it reads. */
class DeploymentsTest {

    private static final Manifests K8S = Manifests.load(Repo.KUBERNETES);

    @Test
    void everyServiceHasAHealthCheckedBoundedNonRootDeploymentWithSeveralReplicas() {
        List<ServiceConfig> services = Repo.services();
        assertThat(services).extracting(ServiceConfig::name)
                .contains("ingest-service", "extraction-service", "claims-service", "api-gateway");
        SoftAssertions soft = new SoftAssertions();
        for (ServiceConfig s : services) {
            Deployment d = deployment(s);
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = pod.getContainers().get(0);
            String where = s.name() + ": ";
            soft.assertThat(d.getSpec().getReplicas()).as(where + "replicas").isGreaterThanOrEqualTo(2);
            soft.assertThat(c.getPorts()).as(where + "container port = quarkus.http.port")
                    .extracting(ContainerPort::getContainerPort).contains(s.httpPort());
            soft.assertThat(httpPath(c.getReadinessProbe())).as(where + "readiness probe").isEqualTo("/q/health/ready");
            soft.assertThat(httpPath(c.getLivenessProbe())).as(where + "liveness probe").isEqualTo("/q/health/live");
            soft.assertThat(probePort(c, c.getReadinessProbe())).as(where + "readiness probe port").isEqualTo(s.httpPort());
            soft.assertThat(probePort(c, c.getLivenessProbe())).as(where + "liveness probe port").isEqualTo(s.httpPort());
            for (String kind : List.of("cpu", "memory")) {
                soft.assertThat(c.getResources().getRequests()).as(where + "requests").containsKey(kind);
                soft.assertThat(c.getResources().getLimits()).as(where + "limits").containsKey(kind);
            }
            soft.assertThat(runsAsNonRoot(pod.getSecurityContext(), c.getSecurityContext())).as(where + "non-root").isTrue();
            soft.assertThat(c.getSecurityContext() == null ? null : c.getSecurityContext().getAllowPrivilegeEscalation())
                    .as(where + "allowPrivilegeEscalation").isFalse();
            soft.assertThat(c.getImage()).as(where + "image tag").matches(".+:[^:/]+$").doesNotEndWith(":latest");
        }
        soft.assertAll();
    }

    @Test
    void everyEnvironmentVariableAServiceReadsIsSetInItsDeployment() {
        SoftAssertions soft = new SoftAssertions();
        for (ServiceConfig s : Repo.services()) {
            Map<String, String> env = K8S.environment(container(s));
            soft.assertThat(env.keySet()).as(s.name() + ": variables its application.properties reads")
                    .containsAll(s.environmentVariables().keySet());
        }
        soft.assertAll();
    }

    @Test
    void everyDeploymentHasADisruptionBudgetSelectingItsPods() {
        SoftAssertions soft = new SoftAssertions();
        for (Deployment d : K8S.ofType(Deployment.class)) {
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            soft.assertThat(K8S.ofType(PodDisruptionBudget.class))
                    .as(d.getMetadata().getName() + ": a PodDisruptionBudget whose selector matches its pods")
                    .anyMatch(pdb -> podLabels.entrySet().containsAll(pdb.getSpec().getSelector().getMatchLabels().entrySet()));
        }
        soft.assertAll();
    }

    @Test
    void theGatewayScalesOnCpu() {
        HorizontalPodAutoscaler hpa = K8S.ofType(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals("api-gateway")).findFirst()
                .orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler for api-gateway"));
        assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(hpa.getSpec().getMetrics()).anyMatch(m -> m.getResource() != null && m.getResource().getName().equals("cpu"));
    }

    @Test
    void secretsComeOnlyByReference() {
        SoftAssertions soft = new SoftAssertions();
        for (Deployment d : K8S.ofType(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar v : c.getEnv()) {
                    if (Secrets.looksSecret(v.getName())) {
                        soft.assertThat(v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null)
                                .as(d.getMetadata().getName() + ": " + v.getName() + " must come from a secretKeyRef").isTrue();
                    }
                }
            }
        }
        soft.assertAll();
    }

    static Deployment deployment(ServiceConfig s) {
        return K8S.named(Deployment.class, s.name()).orElseThrow(() -> new AssertionError("no Deployment " + s.name()));
    }

    static Container container(ServiceConfig s) {
        return deployment(s).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static String httpPath(Probe p) {
        return p == null || p.getHttpGet() == null ? null : p.getHttpGet().getPath();
    }

    private static Integer probePort(Container c, Probe p) {
        if (p == null || p.getHttpGet() == null) {
            return null;
        }
        IntOrString port = p.getHttpGet().getPort();
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return c.getPorts().stream().filter(cp -> port.getStrVal().equals(cp.getName()))
                .map(ContainerPort::getContainerPort).findFirst().orElse(null);
    }

    private static boolean runsAsNonRoot(PodSecurityContext pod, SecurityContext container) {
        Boolean nonRoot = container != null && container.getRunAsNonRoot() != null ? container.getRunAsNonRoot()
                : pod == null ? null : pod.getRunAsNonRoot();
        Long user = container != null && container.getRunAsUser() != null ? container.getRunAsUser()
                : pod == null ? null : pod.getRunAsUser();
        return Boolean.TRUE.equals(nonRoot) && (user == null || user != 0);
    }
}
