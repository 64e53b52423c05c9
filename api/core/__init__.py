"""The pure core: extraction and the value model. No Flask, no Redis here."""
