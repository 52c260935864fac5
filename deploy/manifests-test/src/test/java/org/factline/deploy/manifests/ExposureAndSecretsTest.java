package org.factline.deploy.manifests;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/** Only the gateway is reachable from outside; no manifest holds a secret value. */
class ExposureAndSecretsTest {

    private static final String GATEWAY = "api-gateway";
    private static final Manifests K8S = Manifests.load(Repo.KUBERNETES);

    @Test
    void ingressIsDeniedUnlessAPolicyAllowsIt() {
        assertThat(K8S.ofType(NetworkPolicy.class)).as("a default-deny ingress policy for every pod").anyMatch(p ->
                p.getSpec().getPodSelector().getMatchLabels().isEmpty() && p.getSpec().getPodSelector().getMatchExpressions().isEmpty()
                        && p.getSpec().getPolicyTypes().contains("Ingress") && p.getSpec().getIngress().isEmpty());
    }

    @Test
    void onlyTheGatewayIsReachableFromOutsideTheNamespace() {
        SoftAssertions soft = new SoftAssertions();
        for (Deployment d : K8S.ofType(Deployment.class)) {
            String name = d.getMetadata().getName();
            Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
            List<NetworkPolicyIngressRule> rules = new ArrayList<>();
            K8S.ofType(NetworkPolicy.class).stream()
                    .filter(p -> podLabels.entrySet().containsAll(p.getSpec().getPodSelector().getMatchLabels().entrySet()))
                    .forEach(p -> rules.addAll(p.getSpec().getIngress()));
            boolean open = rules.stream().anyMatch(ExposureAndSecretsTest::admitsAnyone);
            if (name.equals(GATEWAY)) {
                soft.assertThat(open).as("the gateway takes connections from outside").isTrue();
            } else {
                soft.assertThat(open).as(name + " must admit only named pods or namespaces").isFalse();
            }
        }
        for (Service s : K8S.ofType(Service.class)) {
            soft.assertThat(s.getSpec().getType()).as(s.getMetadata().getName() + ": Service type").isIn(null, "ClusterIP");
        }
        for (Ingress i : K8S.ofType(Ingress.class)) {
            i.getSpec().getRules().forEach(r -> r.getHttp().getPaths().forEach(p -> soft.assertThat(p.getBackend().getService().getName())
                    .as("Ingress " + i.getMetadata().getName() + " backend").isEqualTo(GATEWAY)));
        }
        soft.assertAll();
    }

    @Test
    void noManifestHoldsASecretValue() {
        SoftAssertions soft = new SoftAssertions();
        for (Manifests.Loaded l : K8S.all()) {
            HasMetadata r = l.resource();
            String where = Repo.ROOT.relativize(l.file()) + " " + r.getKind() + "/" + (r.getMetadata() == null ? "" : r.getMetadata().getName());
            if (r instanceof Secret s) {
                soft.assertThat(s.getData() == null && s.getStringData() == null).as(where + ": a Secret with values").isTrue();
            }
            if (r instanceof GenericKubernetesResource g && "Secret".equals(g.getKind())) {
                soft.fail(where + ": a Secret in the manifests");
            }
        }
        for (String line : Repo.yamlFiles(Repo.KUBERNETES).stream().flatMap(f -> Repo.read(f).lines()).toList()) {
            soft.assertThat(Secrets.holdsSecretValue(line)).as("secret value in: " + line.strip()).isFalse();
        }
        soft.assertAll();
    }

    @Test
    void overlaysPinTheirImages() {
        SoftAssertions soft = new SoftAssertions();
        for (GenericKubernetesResource k : K8S.ofKind("Kustomization")) {
            List<Map<String, Object>> images = Manifests.field(k, "images");
            if (images != null) {
                images.forEach(i -> soft.assertThat(String.valueOf(i.get("newTag"))).as("image " + i.get("name"))
                        .isNotIn("null", "latest", ""));
            }
        }
        soft.assertAll();
    }

    /** A rule with no "from" admits everyone; so does an ipBlock or a namespace selector matching every namespace. */
    private static boolean admitsAnyone(NetworkPolicyIngressRule rule) {
        if (rule.getFrom().isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : rule.getFrom()) {
            if (peer.getIpBlock() != null) {
                return true;
            }
            if (peer.getNamespaceSelector() != null && peer.getNamespaceSelector().getMatchLabels().isEmpty()
                    && peer.getNamespaceSelector().getMatchExpressions().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
