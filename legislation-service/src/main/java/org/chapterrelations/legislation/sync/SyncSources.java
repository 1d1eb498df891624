package org.chapterrelations.legislation.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The configured sources: one per Open States jurisdiction, and Congress.gov. */
@Component
class SyncSources {

    private final List<BillSource> sources;

    SyncSources(SyncProperties properties, SourceHttp http) {
        List<BillSource> all = new ArrayList<>();
        properties.openStates().jurisdictions().stream().map(code -> code.strip().toLowerCase(Locale.ROOT))
                .filter(code -> !code.isBlank()).distinct()
                .forEach(code -> all.add(new OpenStatesSource(code, properties.openStates(), http)));
        all.add(new CongressSource(properties.congress(), http));
        this.sources = List.copyOf(all);
    }

    List<BillSource> all() {
        return sources;
    }

    List<BillSource> of(String provider) {
        return sources.stream().filter(source -> source.provider().equals(provider)).toList();
    }

    Optional<BillSource> find(String id) {
        return sources.stream().filter(source -> source.id().equals(id)).findFirst();
    }
}
