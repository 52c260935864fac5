package org.factline.deploy.manifests;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every document of every YAML file under a directory, as the fabric8 model reads it: known kinds
 * become typed objects ({@link Deployment}, ...), operator resources (Strimzi, MongoDB, KEDA,
 * Kustomize) {@link GenericKubernetesResource}. A document that does not parse fails the test.
 */
final class Manifests {

    /** What a secretKeyRef resolves to here: never a value, only where it would come from. */
    static final String SECRET = "<secret>";
    private static final Pattern DEPENDENT_VARIABLE = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    record Loaded(Path file, HasMetadata resource) {
    }

    private final List<Loaded> loaded;

    private Manifests(List<Loaded> loaded) {
        this.loaded = loaded;
    }

    static Manifests load(Path dir) {
        List<Loaded> all = new ArrayList<>();
        for (Path file : Repo.yamlFiles(dir)) {
            for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Repo.read(file))) {
                if (document != null) {
                    all.add(new Loaded(file, SERIALIZATION.convertValue(document, HasMetadata.class)));
                }
            }
        }
        return new Manifests(all);
    }

    List<Loaded> all() {
        return loaded;
    }

    <T extends HasMetadata> List<T> ofType(Class<T> type) {
        return loaded.stream().map(Loaded::resource).filter(type::isInstance).map(type::cast).toList();
    }

    /** Operator resources (read generically) of one kind. */
    List<GenericKubernetesResource> ofKind(String kind) {
        return ofType(GenericKubernetesResource.class).stream().filter(r -> kind.equals(r.getKind())).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return ofType(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    Optional<GenericKubernetesResource> kindNamed(String kind, String name) {
        return ofKind(kind).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    /**
     * The container's environment as the kubelet would build it: literal values with {@code $(VAR)}
     * expanded from earlier variables, ConfigMap keys looked up in these manifests (a missing one is
     * an error), Secret keys as {@link #SECRET}. {@code envFrom} ConfigMaps come first, as in Kubernetes.
     */
    Map<String, String> environment(Container c) {
        Map<String, String> env = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                env.putAll(configMap(from.getConfigMapRef().getName()).getData());
            } else if (from.getSecretRef() != null) {
                throw new AssertionError(c.getName() + ": envFrom a whole Secret hides which keys are used; name them");
            }
        }
        for (EnvVar v : c.getEnv()) {
            env.put(v.getName(), v.getValueFrom() == null ? expand(v.getValue(), env) : resolve(c, v.getName(), v.getValueFrom()));
        }
        return env;
    }

    private String resolve(Container c, String name, EnvVarSource from) {
        if (from.getSecretKeyRef() != null) {
            return SECRET;
        }
        if (from.getConfigMapKeyRef() != null) {
            String key = from.getConfigMapKeyRef().getKey();
            String value = configMap(from.getConfigMapKeyRef().getName()).getData().get(key);
            if (value == null) {
                throw new AssertionError(c.getName() + ": " + name + " refers to missing key " + key
                        + " of ConfigMap " + from.getConfigMapKeyRef().getName());
            }
            return value;
        }
        return "<" + name + " from the pod>"; // fieldRef / resourceFieldRef
    }

    private ConfigMap configMap(String name) {
        return named(ConfigMap.class, name).orElseThrow(() -> new AssertionError("no ConfigMap " + name + " in the manifests"));
    }

    private static String expand(String value, Map<String, String> earlier) {
        if (value == null) {
            return "";
        }
        Matcher m = DEPENDENT_VARIABLE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(earlier.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    /** A nested field of a generic resource ({@code "spec", "kafka", "listeners"}), or null. */
    @SuppressWarnings("unchecked")
    static <T> T field(GenericKubernetesResource r, String... path) {
        Object node = r.getAdditionalProperties();
        for (String p : path) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(p);
        }
        return (T) node;
    }
}
