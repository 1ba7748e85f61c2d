package org.gan4j.api;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds experimental types of gan-api that a type's user-visible signatures name: its supertypes, type parameter
 * bounds, permitted subclasses and record components, and the parameter, return, exception and field types of its
 * public and protected members, generic type arguments included. A stable type that names an experimental one
 * makes that type's changes break stable code, so the API status check refuses it.
 */
final class ApiLeaks {
    private ApiLeaks() {
    }

    /**
     * @param type a type of gan-api, or a test fixture
     * @return one line per leak, {@code "<type or member> exposes <experimental type>"}, sorted; empty when none
     */
    static TreeSet<String> of(Class<?> type) {
        TreeSet<String> leaks = new TreeSet<>();
        String owner = type.getName();
        Stream<Type> header = Stream.of(
                Stream.ofNullable(type.getGenericSuperclass()),
                Arrays.stream(type.getGenericInterfaces()),
                Arrays.stream(type.getTypeParameters()),
                type.isSealed() ? Arrays.stream(type.getPermittedSubclasses()) : Stream.<Type>empty(),
                type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getGenericType) : Stream.<Type>empty())
                .flatMap(s -> s);
        header.forEach(t -> report(leaks, owner, t));
        Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                .flatMap(Arrays::stream).map(Member.class::cast).filter(ApiLeaks::userVisible)
                .forEach(m -> signatureTypes(m).forEach(t -> report(leaks, owner + "#" + name(m), t)));
        return leaks;
    }

    /** @return whether {@code type} is a type of gan-api marked {@link Experimental} (itself, its enclosing type or package) */
    static boolean isExperimental(Class<?> type) {
        return type.getName().startsWith("org.gan4j.api.") && ApiSignatures.status(type) == Experimental.class;
    }

    private static void report(Set<String> leaks, String where, Type type) {
        Set<Class<?>> named = new HashSet<>();
        collect(type, named, new HashSet<>());
        named.stream().filter(ApiLeaks::isExperimental).forEach(c -> leaks.add(where + " exposes " + c.getName()));
    }

    private static void collect(Type type, Set<Class<?>> out, Set<TypeVariable<?>> seen) {
        if (type instanceof Class<?> c) {
            out.add(c.isArray() ? c.getComponentType() : c);
            if (c.isArray()) {
                collect(c.getComponentType(), out, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            collect(p.getRawType(), out, seen);
            Arrays.stream(p.getActualTypeArguments()).forEach(a -> collect(a, out, seen));
            if (p.getOwnerType() != null) {
                collect(p.getOwnerType(), out, seen);
            }
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds(), w.getLowerBounds()).flatMap(Arrays::stream).forEach(b -> collect(b, out, seen));
        } else if (type instanceof GenericArrayType a) {
            collect(a.getGenericComponentType(), out, seen);
        } else if (type instanceof TypeVariable<?> v && seen.add(v)) {
            Arrays.stream(v.getBounds()).forEach(b -> collect(b, out, seen));
        }
    }

    private static Stream<Type> signatureTypes(Member m) {
        if (m instanceof Field f) {
            return Stream.of(f.getGenericType());
        }
        Executable e = (Executable) m;
        Stream<Type> result = m instanceof Method method ? Stream.of(method.getGenericReturnType()) : Stream.empty();
        return Stream.of(result, Arrays.stream(e.getGenericParameterTypes()), Arrays.stream(e.getGenericExceptionTypes()),
                Arrays.stream(e.getTypeParameters())).flatMap(s -> s);
    }

    private static boolean userVisible(Member m) {
        int mod = m.getModifiers();
        boolean synthetic = m.isSynthetic() || (m instanceof Method method && method.isBridge());
        return !synthetic && (Modifier.isPublic(mod) || Modifier.isProtected(mod));
    }

    private static String name(Member m) {
        return m instanceof Constructor<?> ? "<init>" : m.getName();
    }
}
