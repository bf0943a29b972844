package org.gongkai.io.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;

/**
 * The one configured Jackson mapper: record fields only (no derived getters), codes as strings, amounts as
 * plain decimals, unknown fields refused so a typo never silently drops data.
 */
public final class GongkaiJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .addModule(codes())
            .build();

    private GongkaiJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static SimpleModule codes() {
        SimpleModule module = new SimpleModule("gongkai-codes");
        module.addSerializer(FunctionCode.class, ToStringSerializer.instance);
        module.addSerializer(EconomicCode.class, ToStringSerializer.instance);
        module.addDeserializer(FunctionCode.class, new FromStringDeserializer<>(FunctionCode.class) {
            @Override
            protected FunctionCode _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return FunctionCode.of(value);
            }
        });
        module.addDeserializer(EconomicCode.class, new FromStringDeserializer<>(EconomicCode.class) {
            @Override
            protected EconomicCode _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                return EconomicCode.of(value);
            }
        });
        return module;
    }
}
