package org.factline.extraction.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.factline.contracts.envelope.EventCodec;
import org.factline.contracts.event.ClaimExtracted;
import org.factline.contracts.value.Quantity;
import org.factline.extraction.domain.Extraction;
import org.factline.extraction.domain.QuantityMention;
import org.factline.extraction.domain.Timex;

/**
 * The JSONL shape of one document's extraction (issue 4): id, dct, dctSource, timexes,
 * quantities, claims. Claims are written by the event codec's mapper, so they read exactly as the
 * {@code ClaimExtracted.v2} payload on the wire.
 */
final class ExtractionJson {

    private static final ObjectMapper MAPPER = EventCodec.mapper();

    private ExtractionJson() {
    }

    static ObjectNode of(String id, Extraction e) {
        ObjectNode doc = MAPPER.createObjectNode();
        doc.put("id", id);
        if (e.dct().known()) {
            doc.put("dct", e.dct().date().toString());
        } else {
            doc.putNull("dct");
        }
        doc.put("dctSource", e.dct().source());
        ArrayNode timexes = doc.putArray("timexes");
        for (Timex t : e.timexes()) {
            timexes.addObject().put("start", t.start()).put("end", t.end()).put("text", t.text()).put("type", t.type())
                    .put("value", t.value());
        }
        ArrayNode quantities = doc.putArray("quantities");
        for (QuantityMention m : e.quantities()) {
            Quantity q = m.quantity();
            quantities.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text()).put("value", q.value())
                    .put("unit", q.unit()).put("qualifier", q.qualifier().symbol()).put("low", q.low()).put("high", q.high());
        }
        ArrayNode claims = doc.putArray("claims");
        for (ClaimExtracted c : e.claims()) {
            claims.add(MAPPER.valueToTree(c));
        }
        return doc;
    }
}
