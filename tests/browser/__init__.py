"""Real-browser tests of the workbook in JupyterLab."""
