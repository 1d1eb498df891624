package org.chapterrelations.localstack.sample;

import java.util.ArrayList;
import java.util.List;

/** The association's state and regional chapters and a few student chapters ({@code seed/chapters.json}). */
final class SampleChapters implements SamplePart {

    @Override
    public String name() {
        return "chapters";
    }

    @Override
    public List<String> needs() {
        return List.of("gateway", "directory-service");
    }

    /** Registers every sample chapter not yet in the directory (409: the code exists and is left alone). */
    @Override
    public PartResult load(SampleContext context) throws InterruptedException {
        List<String> chapters = new ArrayList<>();
        SampleFiles.json("chapters.json").path("chapters").forEach(chapter -> chapters.add(chapter.toString()));
        return context.staff().createEach(name(), "/api/directory/chapters", chapters,
                chapter -> SampleApi.parse(chapter, "chapters.json").path("code").asText());
    }
}
