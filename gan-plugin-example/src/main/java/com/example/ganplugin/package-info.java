/**
 * The relativistic average hinge loss as a third-party gan4j plugin: it depends on gan-api only, registers its
 * provider in {@code META-INF/services} (class path) and in {@code module-info.java} (module path), and passes
 * gan-tck's {@code LossContract}.
 */
package com.example.ganplugin;
