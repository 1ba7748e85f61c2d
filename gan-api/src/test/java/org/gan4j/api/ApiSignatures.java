package org.gan4j.api;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The public types of gan-api and one line per signature a user can see, for the API status check. */
final class ApiSignatures {
    private ApiSignatures() {
    }

    /** @return every public type in gan-api's classes (public nested types of public types included), by name */
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path root = Path.of(Stable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                String name = root.relativize(file).toString().replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                if (name.endsWith("module-info") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = load(name);
                if (isVisible(type)) {
                    types.add(type);
                }
            }
        }
        return types;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Stable.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** @return whether the type, or the type it is nested in, or else its package, is marked {@link Stable} */
    static boolean isStable(Class<?> type) {
        return status(type) == Stable.class;
    }

    /** @return {@link Stable}, {@link Experimental}, or null when neither the type, its enclosing types nor its package say */
    static Class<?> status(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (t.isAnnotationPresent(Stable.class)) {
                return Stable.class;
            }
            if (t.isAnnotationPresent(Experimental.class)) {
                return Experimental.class;
            }
        }
        Package p = type.getPackage();
        return p.isAnnotationPresent(Stable.class) ? Stable.class : p.isAnnotationPresent(Experimental.class) ? Experimental.class : null;
    }

    /** @return the type's header and every public or protected member, one line each, sorted */
    static TreeSet<String> of(Class<?> type) {
        TreeSet<String> lines = new TreeSet<>();
        lines.add(type.getName() + " : " + header(type));
        Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                .flatMap(Arrays::stream).map(Member.class::cast).filter(ApiSignatures::userVisible)
                .forEach(m -> lines.add(type.getName() + " # " + describe(m)));
        return lines;
    }

    /** @return the lines of the type's abstract methods: adding one breaks every implementation */
    static TreeSet<String> abstractMethods(Class<?> type) {
        TreeSet<String> lines = new TreeSet<>();
        Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isAbstract(m.getModifiers()))
                .filter(ApiSignatures::userVisible).forEach(m -> lines.add(type.getName() + " # " + describe(m)));
        return lines;
    }

    private static boolean userVisible(Member m) {
        int mod = m.getModifiers();
        boolean synthetic = m.isSynthetic() || (m instanceof Method method && method.isBridge());
        return !synthetic && (Modifier.isPublic(mod) || Modifier.isProtected(mod));
    }

    private static String describe(Member m) {
        if (m instanceof Executable e) {
            return e instanceof Constructor<?> c ? c.toGenericString() : ((Method) e).toGenericString();
        }
        return ((Field) m).toGenericString();
    }

    private static String header(Class<?> type) {
        StringBuilder h = new StringBuilder(type.toGenericString());
        if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class) {
            h.append(" extends ").append(type.getGenericSuperclass().getTypeName());
        }
        Arrays.stream(type.getGenericInterfaces()).map(java.lang.reflect.Type::getTypeName).sorted()
                .forEach(i -> h.append(" implements ").append(i));
        if (type.isSealed()) {
            Arrays.stream(type.getPermittedSubclasses()).map(Class::getName).sorted().forEach(p -> h.append(" permits ").append(p));
        }
        return h.toString();
    }
}
