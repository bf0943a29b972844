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
        module.addDeserializer(java.math.BigDecimal.class, new BoundedDecimalDeserializer());
        return module;
    }

    /**
     * Numbers as exact decimals, but only those a budget can hold: {@code 1E+100000} is a valid JSON number whose
     * plain form has a hundred thousand digits, and every sum, table and page would carry it.
     */
    static final class BoundedDecimalDeserializer extends com.fasterxml.jackson.databind.deser.std.NumberDeserializers.BigDecimalDeserializer {
        /** Digits before the point: 10^15 万元 is far beyond any budget. */
        static final int MAX_INTEGER_DIGITS = 15;
        /** Decimals: an amount in 万元 kept to the 分 of a 元 needs 6; percentages and quantities fewer. */
        static final int MAX_DECIMALS = 10;

        @Override
        public java.math.BigDecimal deserialize(com.fasterxml.jackson.core.JsonParser p,
                                                com.fasterxml.jackson.databind.DeserializationContext ctxt) throws java.io.IOException {
            java.math.BigDecimal value = super.deserialize(p, ctxt);
            if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS)) {
                throw new IllegalArgumentException("数值超出可接受的范围（整数部分至多 " + MAX_INTEGER_DIGITS + " 位，小数至多 "
                        + MAX_DECIMALS + " 位）：" + p.getText());
            }
            return value;
        }
    }
}
