package org.chapterrelations.legislation.openapi;

import org.chapterrelations.platform.test.OpenApiDocumentContract;
import org.chapterrelations.platform.test.PlatformIntegrationTest;

@PlatformIntegrationTest
class OpenApiDocumentTest extends OpenApiDocumentContract {

    OpenApiDocumentTest() {
        super("legislation-service");
    }
}
