package io.github.camellalal.springboot;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Lets object options name a bean, as in Camel: {@code camel.component.lalal.state-repository=#bean:taskState}
 * (or {@code #taskState}). The convertible types are the object-typed properties of
 * {@link LalalComponentConfiguration}, read from the class, so a new object option is covered without an edit.
 */
public class LalalBeanReferenceConverter implements GenericConverter, ApplicationContextAware {

    private ApplicationContext applicationContext;

    /** Creates the converter. */
    public LalalBeanReferenceConverter() {
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        for (Field f : LalalComponentConfiguration.class.getDeclaredFields()) {
            Class<?> type = f.getType();
            if (!Modifier.isStatic(f.getModifiers()) && !type.isPrimitive() && !type.isEnum()
                    && !type.getName().startsWith("java.lang.") && !Map.class.isAssignableFrom(type)) {
                pairs.add(new ConvertiblePair(String.class, type));
            }
        }
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            throw new IllegalArgumentException("A " + targetType.getType().getName()
                    + " option takes a bean reference, #bean:name or #name; got '" + ref + "'");
        }
        String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
