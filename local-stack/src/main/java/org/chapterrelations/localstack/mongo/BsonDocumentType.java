package org.chapterrelations.localstack.mongo;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Stores a collection's documents in H2 as BSON, the form they arrive and leave in, instead of H2's default
 * Java serialization. Java serialization of nested maps was most of the embedded store's CPU during a bulk
 * import, and H2 could not tell how much heap such values take, so its page cache outgrew a 1 GB heap.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    @Override
    public void write(WriteBuffer target, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            target.put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    /** A BSON document starts with its own length, so no length of ours is written. */
    @Override
    public Document read(ByteBuffer source) {
        ByteBuf bson = Unpooled.wrappedBuffer(source.slice());
        Document document = BsonDecoder.decodeBson(bson);
        source.position(source.position() + bson.readerIndex());
        return document;
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    /** Heap taken by the decoded document, roughly: what H2's page cache counts against its limit. */
    @Override
    public int getMemory(Document document) {
        return (int) Math.min(Integer.MAX_VALUE, heapEstimate(document));
    }

    private static long heapEstimate(Object value) {
        if (value instanceof Map<?, ?> map) {
            long bytes = 64 + 16L * map.size();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                bytes += 40 + heapEstimate(entry.getKey()) + heapEstimate(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> values) {
            long bytes = 40 + 8L * values.size();
            for (Object element : values) {
                bytes += heapEstimate(element);
            }
            return bytes;
        }
        if (value instanceof CharSequence text) {
            return 48 + text.length();
        }
        if (value instanceof byte[] bytes) {
            return 16 + bytes.length;
        }
        return 24;
    }
}
