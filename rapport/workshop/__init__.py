"""A room of learners on one server: a JupyterHub with nbgrader's exchange.

``rapport workshop start`` (``make workshop``) runs a real JupyterHub on this machine. Each
learner logs in through one of JupyterHub's own authenticators (a shared workshop password, or
per-learner accounts from a roster), gets an OS account of their own with a private home folder
(created on first login, as The Littlest JupyterHub does), and runs JupyterLab from the kit's
environment with the workbook copied into that home. nbgrader's exchange connects them to the
instructor, whose server has formgrader. ``rapport workshop stop`` ends the hub and every
server it started; learners' files stay.

Modules: :mod:`.settings` (what a workshop is and where its state lives), :mod:`.roster`
(reading a roster CSV), :mod:`.accounts` (OS accounts, homes, per-role Jupyter config),
:mod:`.hub` (start, stop, status), :mod:`.spawner` and ``jupyterhub_config.py`` (loaded by
JupyterHub itself; they import ``jupyterhub``, installed with the ``workshop`` extra).
"""
